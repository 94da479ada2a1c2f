// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveImport.h"
#include "ArchiveImportDialog.h"
#include "Backups.h"
#include "ContactCommands.h"
#include "ContactFilterModel.h"
#include "ContactListModel.h"
#include "ContactListView.h"
#include "ContactStore.h"
#include "CsvContactMapping.h"
#include "Database.h"
#include "GuiTestSupport.h"
#include "ImportHistory.h"
#include "ImportPreviewModel.h"
#include "ImportReviewPage.h"
#include "ImportWizard.h"
#include "JsonExporter.h"
#include "MainWindow.h"
#include "MergeContactsDialog.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "PossibleDuplicatesDialog.h"
#include "SqlStatement.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include <functional>

using namespace Rapport;

// Walks through the import wizard and the import history as a user would.
class TestImportWizard : public QObject
{
    Q_OBJECT

    // Every test function gets its own folder, network and window (init/cleanup), so each runs
    // alone and in any order.
    std::unique_ptr<QTemporaryDir> m_folder;
    QDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    // Runs `steps` on the modal dialog that `open` shows, once it is up.
    template <typename Dialog>
    void withModal(const std::function<void()>& open, const std::function<void(Dialog*)>& steps)
    {
        bool ran = false;
        QTimer::singleShot(0, this, [&] {
            Dialog* dialog = nullptr;
            QTRY_VERIFY((dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) != nullptr);
            steps(dialog);
            ran = true;
            // A failed check returns from `steps` early: close the dialog so the test ends instead of hanging.
            if (dialog->isVisible())
                QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
        });
        open();
        QVERIFY(ran);
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    }

    ContactStore* store() const { return m_window->session()->store(); }

    // Someone already in the network, for the tests that merge into or edit a contact.
    qint64 addSomeone()
    {
        Contact ana = Test::sampleContact(QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("Acme"));
        ana.title = QStringLiteral("Analyst");
        return store()->addContact(ana);
    }

    // Imports a file through the wizard with what it proposes.
    void importWithTheWizard(const QString& path)
    {
        withModal<ImportWizard>([&] { m_window->importFile(path); },
            [&](ImportWizard* wizard) {
                QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
                QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
                QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
                QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
            });
    }

    // What the preview shows in a cell.
    static QString cell(ImportWizard* wizard, int row, int column)
    {
        auto* preview = wizard->findChild<QTableView*>(QStringLiteral("previewTable"));
        return preview->model()->index(row, column).data().toString();
    }
    static int previewRows(ImportWizard* wizard)
    {
        return wizard->findChild<QTableView*>(QStringLiteral("previewTable"))->model()->rowCount();
    }
    static void pick(ImportWizard* wizard, int column, ContactField field)
    {
        auto* mapping = wizard->findChild<QTableView*>(QStringLiteral("mappingTable"));
        auto* combo = qobject_cast<QComboBox*>(mapping->indexWidget(mapping->model()->index(column, 1)));
        combo->setCurrentIndex(combo->findData(int(field)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        QSettings().clear();
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_dir.setPath(m_folder->path());
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openNetwork(m_dir.filePath(QStringLiteral("wizard.rapport"))));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_folder.reset();
    }

    void importsALinkedInExport()
    {
        const QString path = QStringLiteral(RAPPORT_TEST_DATA "/import/linkedin_connections.csv");
        withModal<ImportWizard>([&] { m_window->importFile(path); },
            [&](ImportWizard* wizard) {
                auto* summary = wizard->findChild<QLabel*>(QStringLiteral("importSummary"));
                QVERIFY(summary->text().contains(QStringLiteral("LinkedIn connections")));
                QVERIFY(summary->text().contains(QStringLiteral("UTF-8")));
                QTRY_COMPARE(previewRows(wizard), 3);
                QCOMPARE(cell(wizard, 1, ImportPreviewModel::FirstName), QStringLiteral("Zoë"));
                QCOMPARE(cell(wizard, 0, ImportPreviewModel::Title),
                    QStringLiteral("Associate Director, Translational Biology"));
                QCOMPARE(cell(wizard, 2, ImportPreviewModel::Outcome), QStringLiteral("new contact"));
                QAbstractButton* import = wizard->button(QWizard::NextButton);
                QTRY_VERIFY(import->isEnabled()); // once every row was checked
                QTRY_VERIFY(wizard->findChild<QLabel*>(QStringLiteral("problemSummary"))
                                ->text()
                                .contains(QStringLiteral("No problems")));
                Test::saveScreenshot(wizard, QStringLiteral("import-wizard-review.png"));
                QTest::mouseClick(import, Qt::LeftButton);
                QAbstractButton* finish = wizard->button(QWizard::FinishButton);
                QTRY_VERIFY(finish->isVisible() && finish->isEnabled());
                QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("importStatus"))
                            ->text()
                            .contains(QStringLiteral("New contacts: 3.")));
                Test::saveScreenshot(wizard, QStringLiteral("import-wizard-report.png"));
                QTest::mouseClick(finish, Qt::LeftButton);
            });
        QCOMPARE(store()->count(), 3);
        // The list shows just the imported contacts, with a way back.
        QVERIFY(m_window->session()->filterModel()->hasIdFilter());
        QTRY_COMPARE(m_window->session()->filterModel()->rowCount(), 3); // the list reloads on a worker
        auto* showAll = m_window->findChild<QPushButton*>(QStringLiteral("showAllButton"));
        QVERIFY(showAll->isVisible());
        Test::saveScreenshot(m_window.get(), QStringLiteral("main-window-after-import.png"));
        QTest::mouseClick(showAll, Qt::LeftButton);
        QVERIFY(!m_window->session()->filterModel()->hasIdFilter());
    }

    void listsProblemsAndImportsTheRest()
    {
        const QString path = writeFile(QStringLiteral("bad.csv"),
            "First Name,Last Name,Email,Connected On,Birthday\n"
            "Ada,Okafor,ada@example.org,2024-01-02\n" // a cell short: fine
            ",,,2024-01-03,\n" // nobody: skipped
            "Lena,Brandt,lena@example.org,someday,1990-04-01\n"); // an unreadable date, a column without a field
        const int before = store()->count();
        withModal<ImportWizard>([&] { m_window->importFile(path); },
            [&](ImportWizard* wizard) {
                auto* problems = wizard->findChild<QPlainTextEdit*>(QStringLiteral("problemList"));
                QTRY_VERIFY(problems->isVisible());
                const QStringList lines = problems->toPlainText().split(QLatin1Char('\n'));
                QCOMPARE(lines.size(), 2);
                QVERIFY2(lines.at(0).startsWith(QStringLiteral("bad.csv:3: "))
                        && lines.at(0).endsWith(QStringLiteral("(skipped)")),
                    qPrintable(lines.at(0)));
                QVERIFY2(lines.at(1).startsWith(QStringLiteral("bad.csv:4: "))
                        && lines.at(1).contains(QStringLiteral("someday")),
                    qPrintable(lines.at(1)));
                auto* summary = wizard->findChild<QLabel*>(QStringLiteral("problemSummary"));
                QVERIFY2(summary->text().contains(QStringLiteral("The file holds 2 contacts"))
                        && summary->text().contains(QStringLiteral("1 row will be skipped")),
                    qPrintable(summary->text()));
                auto* noted = wizard->findChild<QLabel*>(QStringLiteral("notedColumns"));
                QVERIFY(noted->isVisible());
                QVERIFY2(noted->text().contains(QStringLiteral(": Birthday.")), qPrintable(noted->text()));
                // Problems no longer block: the import is offered at once.
                QAbstractButton* import = wizard->button(QWizard::NextButton);
                QTRY_VERIFY(import->isEnabled());
                Test::saveScreenshot(wizard, QStringLiteral("import-wizard-problems.png"));
                QTest::mouseClick(import, Qt::LeftButton);
                QAbstractButton* finish = wizard->button(QWizard::FinishButton);
                QTRY_VERIFY(finish->isVisible() && finish->isEnabled());
                const QString status = wizard->findChild<QLabel*>(QStringLiteral("importStatus"))->text();
                QVERIFY2(status.contains(QStringLiteral("New contacts: 2.")), qPrintable(status));
                QTest::mouseClick(finish, Qt::LeftButton);
            });
        QCOMPARE(store()->count(), before + 2);
        const QString notes = SqlStatement::scalar(m_window->session()->database().connection(),
            QStringLiteral("SELECT notes FROM contact WHERE first_name = 'Lena'"))
                                  .toString();
        QCOMPARE(notes, QStringLiteral("Connected On: someday\nBirthday: 1990-04-01"));
    }

    void mapsAColumnKeptInTheNotes()
    {
        const QString path = writeFile(QStringLiteral("nick.csv"), "Name,Email,Nickname\nMo Salah,mo@example.org,Mo\n");
        withModal<ImportWizard>([&] { m_window->importFile(path); },
            [&](ImportWizard* wizard) {
                auto* noted = wizard->findChild<QLabel*>(QStringLiteral("notedColumns"));
                QTRY_VERIFY(noted->isVisible());
                auto* mapping = wizard->findChild<QTableView*>(QStringLiteral("mappingTable"));
                auto* combo = qobject_cast<QComboBox*>(mapping->indexWidget(mapping->model()->index(2, 1)));
                QCOMPARE(ContactField(combo->currentData().toInt()), ContactField::KeepInNotes); // the default
                // The user chooses to ignore it: it is no longer listed as kept.
                combo->setCurrentIndex(combo->findData(int(ContactField::Ignored)));
                QTRY_VERIFY(!noted->isVisible());
                QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
            });
    }

    void cancelledWizardWritesNothing()
    {
        const QString path = writeFile(QStringLiteral("cancel.csv"), "Name,Email\nMo Salah,mo@example.org\n");
        const int before = store()->count();
        withModal<ImportWizard>([&] { m_window->importFile(path); },
            [&](ImportWizard* wizard) {
                QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
                QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
            });
        QCOMPARE(store()->count(), before);
    }

    void remappingAColumnChangesThePreview()
    {
        const QString path
            = writeFile(QStringLiteral("generic.csv"), "Name,Employer,Mail\nMo Salah,Acme,mo@example.org\n");
        withModal<ImportWizard>([&] { m_window->importFile(path); },
            [&](ImportWizard* wizard) {
                QTRY_COMPARE(previewRows(wizard), 1);
                QCOMPARE(cell(wizard, 0, ImportPreviewModel::Organization), QString()); // "Employer" is not known
                pick(wizard, 1, ContactField::Organization);
                QTRY_COMPARE(cell(wizard, 0, ImportPreviewModel::Organization), QStringLiteral("Acme"));
                QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
            });
    }

    // Each row of the preview says what the import will do with it, against the network, and says it again when
    // the mapping or the duplicate policy changes.
    void previewSaysWhatWillHappenToEachRow()
    {
        Contact rosa;
        rosa.firstName = QStringLiteral("Rosa");
        rosa.lastName = QStringLiteral("Quintero");
        rosa.organization = QStringLiteral("Acme Corporation"); // typed by the user
        rosa.emails = {{QStringLiteral("work"), QStringLiteral("rosa@acme.example")}};
        QVERIFY(store()->addContact(rosa) > 0);
        const QString path = writeFile(QStringLiteral("outcomes.csv"),
            "First Name,Last Name,Organization,E-mail,Job Title\n"
            "Rosa,Quintero,Acme,rosa@acme.example,Chemist\n" // 2: Rosa by e-mail; her organisation is hers
            "Rosa,Quintero,Acme Corporation,rosa@otherplace.example,\n" // 3: Rosa's name, another e-mail
            ",,,,Engineer\n" // 4: nobody
            "Tariq,Nasser,Globex,tariq@globex.example,Engineer\n" // 5: new
            "Tariq,Nasser,Globex,tariq@globex.example,Lead Engineer\n"); // 6: line 5 again
        const int before = store()->count();
        withModal<ImportWizard>([&] { m_window->importFile(path); },
            [&](ImportWizard* wizard) {
                auto* status = wizard->findChild<QLabel*>(QStringLiteral("previewStatus"));
                QTRY_VERIFY2(status->text().startsWith(QStringLiteral("New:")), qPrintable(status->text()));
                QCOMPARE(previewRows(wizard), 5);
                QCOMPARE(wizard->findChild<QLabel*>(QStringLiteral("previewLabel"))->text(),
                    QStringLiteral("What will happen to each row:"));
                const auto outcome = [wizard](int row) { return cell(wizard, row, ImportPreviewModel::Outcome); };
                auto* preview = wizard->findChild<QTableView*>(QStringLiteral("previewTable"));
                QCOMPARE(preview->model()->headerData(3, Qt::Vertical).toInt(), 5); // rows show their line
                QCOMPARE(outcome(0),
                    QStringLiteral("matches Rosa Quintero by e-mail; changes title; organisation: yours \"Acme "
                                   "Corporation\", the file's \"Acme\": kept yours"));
                QVERIFY2(outcome(1).startsWith(QStringLiteral("new contact; possible duplicate of Rosa Quintero")),
                    qPrintable(outcome(1)));
                QVERIFY2(outcome(2).startsWith(QStringLiteral("skipped: the row identifies nobody")),
                    qPrintable(outcome(2)));
                QCOMPARE(outcome(3), QStringLiteral("new contact"));
                QCOMPARE(
                    outcome(4), QStringLiteral("matches Tariq Nasser (line 5 of this file) by e-mail; changes title"));
                QCOMPARE(status->text(),
                    QStringLiteral("New: 1 · Already here: 0 · Updated: 2 · Possible duplicates: 1 · Skipped: 1"));
                Test::saveScreenshot(wizard, QStringLiteral("import-wizard-outcomes.png"));

                // Without the job titles, nothing changes but what the rows add; the nobody row is still nobody.
                pick(wizard, 4, ContactField::Ignored);
                QTRY_COMPARE(outcome(4),
                    QStringLiteral("matches Tariq Nasser (line 5 of this file) by e-mail; "
                                   "nothing to change"));
                QCOMPARE(outcome(0),
                    QStringLiteral("matches Rosa Quintero by e-mail; nothing to change; organisation: yours \"Acme "
                                   "Corporation\", the file's \"Acme\": kept yours"));
                QCOMPARE(outcome(3), QStringLiteral("new contact"));
                pick(wizard, 4, ContactField::Title);
                QTRY_VERIFY2(outcome(4).endsWith(QStringLiteral("changes title")), qPrintable(outcome(4)));

                // Another duplicate policy says so.
                auto* policy = wizard->findChild<QComboBox*>(QStringLiteral("duplicatePolicy"));
                policy->setCurrentIndex(policy->findData(int(DuplicatePolicy::Skip)));
                QTRY_VERIFY2(outcome(0).startsWith(QStringLiteral("skipped: matches Rosa Quintero by e-mail, and "
                                                                  "you chose to leave the contacts you have alone")),
                    qPrintable(outcome(0)));
                policy->setCurrentIndex(policy->findData(int(DuplicatePolicy::Update)));
                QTRY_VERIFY2(outcome(0).startsWith(QStringLiteral("matches Rosa Quintero")), qPrintable(outcome(0)));

                QAbstractButton* import = wizard->button(QWizard::NextButton);
                QTRY_VERIFY(import->isEnabled());
                QTest::mouseClick(import, Qt::LeftButton);
                QAbstractButton* finish = wizard->button(QWizard::FinishButton);
                QTRY_VERIFY(finish->isVisible() && finish->isEnabled());
                const QString report = wizard->findChild<QLabel*>(QStringLiteral("importStatus"))->text();
                QVERIFY2(report.contains(QStringLiteral("New contacts: 2. Updated: 2.")), qPrintable(report));
                QVERIFY2(report.contains(QStringLiteral("Kept what you typed where the file differs:\n  Rosa "
                                                        "Quintero: organisation: yours \"Acme Corporation\"")),
                    qPrintable(report));
                // The possible duplicate is listed, to merge after the import (possibleDuplicatesAreMergedAfterImport).
                auto* duplicates = wizard->findChild<QListView*>(QStringLiteral("possibleDuplicatesList"));
                QVERIFY(duplicates && duplicates->isVisible());
                QCOMPARE(duplicates->model()->rowCount(), 1);
                const QString first = duplicates->model()->index(0, 0).data().toString();
                QVERIFY2(first.startsWith(QStringLiteral("New: Rosa Quintero (line 3) — already here: Rosa Quintero")),
                    qPrintable(first));
                QCOMPARE(wizard->report().possibleDuplicates.size(), 1);
                QCOMPARE(wizard->report().duplicatePairs.size(), 1);
                // Not asked to list them afterwards: the window opens no list.
                wizard->findChild<QCheckBox*>(QStringLiteral("reviewDuplicatesCheck"))->setChecked(false);
                QTest::mouseClick(finish, Qt::LeftButton);
            });
        QVERIFY(!m_window->findChild<PossibleDuplicatesDialog*>());
        QCOMPARE(store()->count(), before + 2);
        const QString organisation = SqlStatement::scalar(m_window->session()->database().connection(),
            QStringLiteral("SELECT o.name FROM contact c JOIN organization o ON o.id = c.organization_id "
                           "JOIN contact_email e ON e.contact_id = c.id WHERE e.address = 'rosa@acme.example'"))
                                         .toString();
        QCOMPARE(organisation, QStringLiteral("Acme Corporation"));
    }

    // The wizard lists the possible duplicates it flagged; Merge… takes one pair to the Merge Contacts dialog once
    // the import is done, as one undoable step; the others stay listed, to merge or keep as two people.
    void possibleDuplicatesAreMergedAfterImport()
    {
        Contact sam;
        sam.firstName = QStringLiteral("Sam");
        sam.lastName = QStringLiteral("Ortiz");
        sam.title = QStringLiteral("Broker");
        sam.emails = {{QStringLiteral("work"), QStringLiteral("sam@realty.example")}};
        const qint64 samHere = store()->addContact(sam);
        Contact rita;
        rita.firstName = QStringLiteral("Rita");
        rita.lastName = QStringLiteral("Moreno");
        rita.emails = {{QStringLiteral("work"), QStringLiteral("rita@old.example")}};
        const qint64 ritaHere = store()->addContact(rita);
        QVERIFY(samHere > 0 && ritaHere > 0);
        const QString path = writeFile(QStringLiteral("dupes.csv"),
            "First Name,Last Name,E-mail,Job Title\n"
            "Sam,Ortiz,sam.ortiz@court.example,Bailiff\n" // 2: Sam's name, another e-mail
            "Ben,Cole,ben@cole.example,\n" // 3: new
            "Rita,Moreno,rita@new.example,\n"); // 4: Rita's name, another e-mail
        const int before = store()->count();
        QUndoStack* stack = m_window->session()->undoStack();
        QList<PossibleDuplicatePair> pairs;
        withModal<ImportWizard>([&] { m_window->importFile(path); },
            [&](ImportWizard* wizard) {
                QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
                QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
                QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
                auto* list = wizard->findChild<QListView*>(QStringLiteral("possibleDuplicatesList"));
                QVERIFY(list && list->isVisible());
                QCOMPARE(list->model()->rowCount(), 2);
                QCOMPARE(list->model()->index(0, 0).data().toString(),
                    QStringLiteral("New: Sam Ortiz (line 2) — already here: Sam Ortiz · other e-mails or phones"));
                QCOMPARE(list->model()->index(1, 0).data().toString(),
                    QStringLiteral("New: Rita Moreno (line 4) — already here: Rita Moreno · other e-mails or phones"));
                pairs = wizard->report().duplicatePairs;
                Test::saveScreenshot(wizard, QStringLiteral("import-wizard-duplicates.png"));
                list->setCurrentIndex(list->model()->index(0, 0));
                QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("mergeDuplicateButton")),
                    Qt::LeftButton); // closes the wizard: the merge comes after the import on the undo stack
            });
        QCOMPARE(store()->count(), before + 3);
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(pairs.at(0).otherId, samHere);
        QCOMPARE(pairs.at(1).otherId, ritaHere);
        const qint64 samNew = pairs.at(0).addedId;
        const qint64 ritaNew = pairs.at(1).addedId;
        QCOMPARE(store()->contact(samNew)->title, QStringLiteral("Bailiff"));

        // The pair's merge dialog is up, over the window and its list of pairs.
        auto* review = m_window->findChild<PossibleDuplicatesDialog*>(QStringLiteral("possibleDuplicatesDialog"));
        QVERIFY(review);
        QTRY_VERIFY(review->isVisible());
        QCOMPARE(review->listedPairs(), (QList<int> {0, 1}));
        MergeContactsDialog* merge = nullptr;
        QTRY_VERIFY((merge = m_window->findChild<MergeContactsDialog*>(QStringLiteral("mergeContactsDialog")))
            && merge->isVisible());
        auto* bailiff = merge->findChild<QRadioButton*>(QStringLiteral("titleOtherButton"));
        QVERIFY(bailiff);
        QCOMPARE(bailiff->text(), QStringLiteral("Bailiff"));
        // On its button (the radio spans the column; only the circle and the text take a click).
        QTest::mouseClick(bailiff, Qt::LeftButton, {}, QPoint(4, bailiff->height() / 2));
        QVERIFY(bailiff->isChecked());
        QTest::mouseClick(merge->findChild<QPushButton*>(QStringLiteral("mergeButton")), Qt::LeftButton);

        // One Sam, with both e-mails and the title chosen; the pair has left the list.
        QTRY_COMPARE(store()->count(), before + 2);
        QVERIFY(!store()->contact(samNew));
        const Contact merged = *store()->contact(samHere);
        QCOMPARE(merged.title, QStringLiteral("Bailiff"));
        QCOMPARE(merged.emails.size(), 2);
        QCOMPARE(stack->undoText(), QStringLiteral("Merge Sam Ortiz and Sam Ortiz"));
        QTRY_COMPARE(review->listedPairs(), QList<int> {1});
        Test::saveScreenshot(review, QStringLiteral("possible-duplicates.png"));

        // Ctrl+Z in the list of pairs undoes the merge: both Sams are back, and so is their pair.
        QTRY_VERIFY(!m_window->findChild<MergeContactsDialog*>(QStringLiteral("mergeContactsDialog")));
        QApplication::setActiveWindow(review); // no window manager offscreen to hand it the focus
        QTest::keyClick(review, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(store()->count(), before + 3);
        QCOMPARE(store()->contact(samHere)->title, QStringLiteral("Broker"));
        QCOMPARE(store()->contact(samHere)->emails.size(), 1);
        QCOMPARE(store()->contact(samNew)->title, QStringLiteral("Bailiff"));
        QTRY_COMPARE(review->listedPairs(), (QList<int> {0, 1}));

        // From the keyboard: Enter on a pair opens its merge; Escape merges nothing.
        auto* list = review->findChild<QListView*>(QStringLiteral("duplicatePairsList"));
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY((merge = m_window->findChild<MergeContactsDialog*>(QStringLiteral("mergeContactsDialog")))
            && merge->isVisible());
        QTest::keyClick(merge, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<MergeContactsDialog*>(QStringLiteral("mergeContactsDialog")));
        QCOMPARE(store()->count(), before + 3);

        // Keep Both: Rita's pair leaves the list, and both Ritas stay.
        list->setCurrentIndex(list->model()->index(1, 0));
        QTest::mouseClick(review->findChild<QPushButton*>(QStringLiteral("keepBothButton")), Qt::LeftButton);
        QCOMPARE(review->listedPairs(), QList<int> {0});
        QCOMPARE(store()->count(), before + 3);
        QVERIFY(store()->contact(ritaHere) && store()->contact(ritaNew));
        QCOMPARE(stack->undoText(), QStringLiteral("Import dupes.csv"));

        review->close();
        QTRY_VERIFY(!m_window->findChild<PossibleDuplicatesDialog*>());
        QApplication::setActiveWindow(m_window.get());
    }

    // A large file is previewed from its start, and the preview says how much of it that is.
    void previewOfALargeFileSaysHowMuchItShows()
    {
        QByteArray content = "Name,Email\n";
        for (int i = 0; i < 250; ++i)
            content += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@large.example\n";
        const QString path = writeFile(QStringLiteral("large.csv"), content);
        withModal<ImportWizard>([&] { m_window->importFile(path); },
            [&](ImportWizard* wizard) {
                auto* label = wizard->findChild<QLabel*>(QStringLiteral("previewLabel"));
                QTRY_COMPARE(label->text(), QStringLiteral("What will happen to the first 200 of 250 rows:"));
                QCOMPARE(previewRows(wizard), ImportReviewPage::kPreviewRows);
                QCOMPARE(cell(wizard, 199, ImportPreviewModel::Outcome), QStringLiteral("new contact"));
                QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
            });
    }

    void unknownColumnsCanBeMappedByHand()
    {
        const QString path
            = writeFile(QStringLiteral("norwegian.csv"), "Fornavn,Etternavn,Arbeidsgiver\nAda,Lovelace,Analytical\n");
        const int before = store()->count();
        withModal<ImportWizard>([&] { m_window->importFile(path); },
            [&](ImportWizard* wizard) {
                QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("importSummary"))
                            ->text()
                            .contains(QStringLiteral("does not know these columns")));
                QAbstractButton* import = wizard->button(QWizard::NextButton);
                // Once every row was checked and the preview has looked at the mapping, Import stays
                // off: nothing is mapped yet.
                auto* checked = wizard->findChild<QLabel*>(QStringLiteral("problemSummary"));
                auto* preview = wizard->findChild<QLabel*>(QStringLiteral("previewStatus"));
                QTRY_VERIFY2(checked->text().contains(QStringLiteral("The file holds"))
                        && preview->text().startsWith(QStringLiteral("Choose what the columns hold")),
                    qPrintable(checked->text() + QLatin1Char('|') + preview->text()));
                QVERIFY(!import->isEnabled());
                auto* mapping = wizard->findChild<QTableView*>(QStringLiteral("mappingTable"));
                const auto pick = [mapping](int row, ContactField field) {
                    auto* combo = qobject_cast<QComboBox*>(mapping->indexWidget(mapping->model()->index(row, 1)));
                    combo->setCurrentIndex(combo->findData(int(field)));
                };
                pick(0, ContactField::FirstName);
                pick(1, ContactField::LastName);
                pick(2, ContactField::Organization);
                QTRY_VERIFY(import->isEnabled());
                QTest::mouseClick(import, Qt::LeftButton);
                QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
                QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
            });
        QCOMPARE(store()->count(), before + 1);
        QVERIFY(!store()->search(QStringLiteral("lovelace analytical")).isEmpty());
    }

    void aJsonBackupIsRestored()
    {
        const QString path = writeFile(QStringLiteral("backup.json"),
            "{\"contacts\": [{\"id\": 7, \"uuid\": \"0b8f3c9e-8a4e-4c1f-9d5e-111111111111\", \"firstName\": "
            "\"Restored\", "
            "\"lastName\": \"Person\", \"emails\": [], \"phones\": [], \"organization\": \"\", \"title\": \"\", "
            "\"linkedinUrl\": \"\", \"tags\": [], \"stage\": \"met\", \"strength\": 2, \"notes\": \"\", "
            "\"connectedOn\": null}], \"referrals\": [{\"from\": null, \"to\": 7, \"kind\": \"referral\", \"date\": "
            "null, "
            "\"note\": \"\"}], \"meetings\": [], \"followUps\": []}");
        const int before = store()->count();
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        m_window->importFile(path);
        QCOMPARE(store()->count(), before + 1);
        QVERIFY(!store()->search(QStringLiteral("restored person")).isEmpty());
    }

    // A large restore runs behind a progress dialog; Escape asks it to stop, the dialog stays up
    // (the window stays out of reach) until the worker has rolled back, and nothing is written.
    void cancellingARestoreWritesNothing()
    {
        QByteArray backup;
        {
            QTemporaryDir other;
            Database database;
            QVERIFY(database.open(other.filePath(QStringLiteral("other.rapport"))));
            ContactStore bulk(database);
            Transaction transaction(database.connection());
            for (int i = 0; i < 15000; ++i) {
                Contact c;
                c.firstName = QStringLiteral("Elsewhere");
                c.lastName = QString::number(i);
                bulk.insertInTransaction(c);
            }
            transaction.commit();
            backup = JsonExporter::toJson(database.connection());
        }
        const QString path = writeFile(QStringLiteral("large.json"), backup);
        const int before = store()->count();
        bool stayedUp = false;
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        withModal<QProgressDialog>([&] { m_window->importFile(path); },
            [&](QProgressDialog* dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("restoreProgress"));
                QTest::keyClick(dialog, Qt::Key_Escape);
                stayedUp = dialog->isVisible() && dialog->labelText().contains(QStringLiteral("Cancelling"));
            });
        QVERIFY(stayedUp);
        QCOMPARE(store()->count(), before);
        QVERIFY(store()->search(QStringLiteral("elsewhere")).isEmpty());
    }

    // A backup from another copy of this network merges: the later edit of a field wins, and the
    // window names what both copies had changed.
    void aBackupFromAnotherCopyMergesFieldByField()
    {
        const qint64 id = addSomeone();
        QVERIFY(id);
        Contact mine = *store()->contact(id);
        mine.title = QStringLiteral("Typed on this machine");
        QVERIFY(store()->updateContact(mine));
        // The other copy changed the same title later, and the notes too.
        QJsonObject backup = JsonExporter::build(m_window->session()->database().connection());
        QJsonArray contacts = backup.value(QStringLiteral("contacts")).toArray();
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            QJsonObject c = contacts.at(i).toObject();
            if (c.value(QStringLiteral("uuid")).toString() != mine.uuid)
                continue;
            c.insert(QStringLiteral("title"), QStringLiteral("Typed on the laptop"));
            c.insert(QStringLiteral("notes"), QStringLiteral("Notes from the laptop"));
            const QString later = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs);
            c.insert(QStringLiteral("changed"),
                QJsonObject {{QStringLiteral("title"), later}, {QStringLiteral("notes"), later}});
            contacts.replace(i, c);
        }
        backup.insert(QStringLiteral("contacts"), contacts);
        const QString path = writeFile(QStringLiteral("laptop.json"), QJsonDocument(backup).toJson());
        const int before = store()->count();
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        m_window->importFile(path);
        QCOMPARE(store()->count(), before);
        const Contact merged = *store()->contact(id);
        QCOMPARE(merged.title, QStringLiteral("Typed on the laptop"));
        QCOMPARE(merged.notes, QStringLiteral("Notes from the laptop"));
        QVERIFY2(
            MessageBoxes::lastMessage().contains(QStringLiteral("title")), qPrintable(MessageBoxes::lastMessage()));
        QVERIFY(MessageBoxes::lastMessage().contains(QStringLiteral("Typed on the laptop")));
    }

    // Import History undoes a merge as one step: the fields it changed in contacts already here and
    // the profile go back, and the network is as it was before it, byte for byte in a backup.
    void historyUndoesAMerge()
    {
        const QSqlDatabase db = m_window->session()->database().connection();
        const qint64 id = addSomeone();
        QVERIFY(id);
        const Contact mine = *store()->contact(id);
        QJsonObject backup = JsonExporter::build(db);
        QJsonArray contacts = backup.value(QStringLiteral("contacts")).toArray();
        const QString later = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs);
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            QJsonObject c = contacts.at(i).toObject();
            if (c.value(QStringLiteral("uuid")).toString() != mine.uuid)
                continue;
            c.insert(QStringLiteral("title"), QStringLiteral("Title from the other copy"));
            c.insert(QStringLiteral("changed"), QJsonObject {{QStringLiteral("title"), later}});
            contacts.replace(i, c);
        }
        backup.insert(QStringLiteral("contacts"), contacts);
        QJsonObject profile = backup.value(QStringLiteral("profile")).toObject();
        profile.insert(QStringLiteral("goals"), QStringLiteral("Goals from the other copy"));
        profile.insert(QStringLiteral("changed"), QJsonObject {{QStringLiteral("goals"), later}});
        backup.insert(QStringLiteral("profile"), profile);
        const QString path = writeFile(QStringLiteral("other-copy.json"), QJsonDocument(backup).toJson());
        const QByteArray before = JsonExporter::toJson(db);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        m_window->importFile(path);
        QCOMPARE(store()->contact(id)->title, QStringLiteral("Title from the other copy"));
        QVERIFY(JsonExporter::toJson(db) != before);

        withModal<QDialog>([&] { m_window->findChild<QAction*>(QStringLiteral("importHistoryAction"))->trigger(); },
            [&](QDialog* dialog) {
                auto* table = dialog->findChild<QTableView*>(QStringLiteral("importHistoryTable"));
                QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("other-copy.json"));
                QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("JSON backup"));
                MessageBoxes::setNextAnswer(QMessageBox::Yes);
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("undoImportButton")), Qt::LeftButton);
                QTRY_COMPARE(table->model()->index(0, 5).data().toString(), QStringLiteral("Undone"));
                dialog->reject();
            });
        QCOMPARE(store()->contact(id)->title, mine.title);
        const QByteArray after = JsonExporter::toJson(db);
        QVERIFY2(after == before, "the backup after the undo differs from the one before the merge");
    }

    void unreadableFileIsExplained()
    {
        const QString path = writeFile(QStringLiteral("empty.csv"), QByteArray());
        m_window->importFile(path);
        QVERIFY2(
            MessageBoxes::lastMessage().contains(QStringLiteral("empty.csv")), qPrintable(MessageBoxes::lastMessage()));
        QVERIFY(MessageBoxes::lastMessage().contains(QStringLiteral("empty")));
    }

    // What cannot be a contacts file is refused with the reason, and no wizard page (no column
    // mapping) comes up: through File > Import and a dropped file alike, both of which open it here.
    void notAContactsFileIsRefusedBeforeTheWizard()
    {
        const QList<std::pair<QString, QString>> offered = {
            {writeFile(QStringLiteral("photo.csv"), QByteArray("\x89PNG\r\n\x1A\n") + QByteArray(300, '\x01')),
                QStringLiteral("photo.csv: not a contacts file: it looks like binary data (a PNG image)")},
            {writeFile(QStringLiteral("letter.txt"), "Dear Ana\nThank you, again, for Tuesday.\nBest, and thanks,\n"),
                QStringLiteral("letter.txt: not a contacts file: it is text but not a table")},
        };
        QString wizardShownFor;
        QTimer guard; // a wizard would run its own event loop, and this closes it
        connect(&guard, &QTimer::timeout, this, [&] {
            if (auto* wizard = qobject_cast<ImportWizard*>(QApplication::activeModalWidget())) {
                wizardShownFor = wizard->windowTitle();
                wizard->reject();
            }
        });
        guard.start(0);
        for (const auto& [path, message] : offered) {
            m_window->importFile(path);
            QVERIFY2(wizardShownFor.isEmpty(), qPrintable(path));
            QVERIFY2(MessageBoxes::lastMessage().startsWith(message), qPrintable(MessageBoxes::lastMessage()));
        }
        // A ZIP goes to the LinkedIn archive's reader, which says why a broken one cannot be imported.
        const QString zip = writeFile(QStringLiteral("Basic_LinkedInDataExport.zip"),
            "PK\x03\x04"
            "Connections.csv");
        QString archiveSaid;
        withModal<ArchiveImportDialog>([&] { m_window->importFile(zip); },
            [&](ArchiveImportDialog* dialog) {
                auto* status = dialog->findChild<QLabel*>(QStringLiteral("archiveStatus"));
                QTRY_VERIFY(status->text().contains(QStringLiteral("cannot be imported")));
                archiveSaid = status->text();
                QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("archiveImportButton"))->isVisible());
            });
        QVERIFY2(archiveSaid.startsWith(QStringLiteral("Basic_LinkedInDataExport.zip cannot be imported: ")),
            qPrintable(archiveSaid));

        // Dragged over the window and dropped: the drop hands the file on once it has returned.
        const QString scan = writeFile(QStringLiteral("scan.pdf"), "%PDF-1.4\nName,Email\nAda,ada@example.org\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(scan)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY2(MessageBoxes::lastMessage().startsWith(
                         QStringLiteral("scan.pdf: not a contacts file: it looks like binary data (a PDF document)")),
            qPrintable(MessageBoxes::lastMessage()));
        QVERIFY(wizardShownFor.isEmpty());
        QCOMPARE(store()->count(), 0);
        QVERIFY(!m_window->session()->undoStack()->canUndo());
    }

    void historyUndoesAWholeImport()
    {
        importWithTheWizard(writeFile(QStringLiteral("earlier.csv"), "Name,Email\nFirst Import,first@example.org\n"));
        QUndoStack* stack = m_window->session()->undoStack();
        const qint64 id = store()->summaries().first().id;
        const Contact unedited = *store()->contact(id);
        Contact edited = unedited;
        edited.title = QStringLiteral("Typed before the history's undo");
        stack->push(new EditContactCommand(store(), unedited, edited));
        const int before = store()->count();
        const QString path = writeFile(
            QStringLiteral("later.csv"), "Name,Email\nNew Person,new@example.org\nOther One,o@example.org\n");
        withModal<ImportWizard>([&] { m_window->importFile(path); },
            [&](ImportWizard* wizard) {
                QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
                QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
                QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
                QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
            });
        QCOMPARE(store()->count(), before + 2);
        QCOMPARE(stack->undoText(), QStringLiteral("Import later.csv"));
        withModal<QDialog>([&] { m_window->findChild<QAction*>(QStringLiteral("importHistoryAction"))->trigger(); },
            [&](QDialog* dialog) {
                auto* table = dialog->findChild<QTableView*>(QStringLiteral("importHistoryTable"));
                QCOMPARE(table->model()->rowCount(), 2); // both imports
                QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("later.csv")); // newest first
                QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("CSV")); // the format's name
                QHeaderView* header = table->horizontalHeader();
                QList<int> widths;
                for (int column = 0; column < header->count(); ++column)
                    widths.append(header->sectionSize(column));
                MessageBoxes::setNextAnswer(QMessageBox::Yes);
                QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("undoImportButton")), Qt::LeftButton);
                QTRY_COMPARE(table->model()->index(0, 5).data().toString(), QStringLiteral("Undone"));
                // The columns keep their widths through the undo (they used to collapse).
                for (int column = 0; column < header->count(); ++column)
                    QCOMPARE(header->sectionSize(column), widths.at(column));
                QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("undoImportButton"))->isEnabled());
                Test::saveScreenshot(dialog, QStringLiteral("import-history-undone.png"));
                dialog->reject();
            });
        QCOMPARE(store()->count(), before);
        // Undone from the history, the import's step leaves the undo stack without a second undo.
        QVERIFY2(!stack->undoText().contains(QStringLiteral("later.csv")), qPrintable(stack->undoText()));
        QVERIFY(!stack->canRedo());
        const QList<ImportBatchInfo> history = ImportHistory::list(m_window->session()->database());
        QVERIFY(history.first().undone);

        // Edit > Undo now takes back the step before the import, not the import a second time.
        auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Edit %1").arg(unedited.displayName()));
        undo->trigger();
        QCOMPARE(store()->contact(id)->title, unedited.title);
        QCOMPARE(store()->count(), before);
        const QList<ImportBatchInfo> after = ImportHistory::list(m_window->session()->database());
        QCOMPARE(after.size(), history.size());
        QCOMPARE(after.first().id, history.first().id);
        QVERIFY(after.first().undone);
    }

    // A backup merged in is one step: Edit > Undo takes all of it back, and Import History shows it undone.
    void editUndoUndoesAJsonMerge()
    {
        const QSqlDatabase db = m_window->session()->database().connection();
        const qint64 id = addSomeone();
        QJsonObject backup = JsonExporter::build(db);
        QJsonArray contacts = backup.value(QStringLiteral("contacts")).toArray();
        const QString later = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs);
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            QJsonObject c = contacts.at(i).toObject();
            if (c.value(QStringLiteral("uuid")).toString() != store()->contact(id)->uuid)
                continue;
            c.insert(QStringLiteral("title"), QStringLiteral("Title from a merged copy"));
            c.insert(QStringLiteral("changed"), QJsonObject {{QStringLiteral("title"), later}});
            contacts.replace(i, c);
        }
        backup.insert(QStringLiteral("contacts"), contacts);
        const QString path = writeFile(QStringLiteral("merged-copy.json"), QJsonDocument(backup).toJson());
        const QByteArray before = JsonExporter::toJson(db);
        QUndoStack* stack = m_window->session()->undoStack();
        const int steps = stack->index();
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        m_window->importFile(path);
        QCOMPARE(store()->contact(id)->title, QStringLiteral("Title from a merged copy"));
        QCOMPARE(stack->index(), steps + 1); // the whole merge, one step
        auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Import merged-copy.json"));
        const qint64 batch = ImportHistory::list(m_window->session()->database()).first().id;

        undo->trigger();
        QVERIFY2(
            JsonExporter::toJson(db) == before, "the network after the undo differs from the one before the merge");
        QCOMPARE(stack->index(), steps);
        QVERIFY(!stack->canRedo());
        const ImportBatchInfo merged = ImportHistory::list(m_window->session()->database()).first();
        QCOMPARE(merged.id, batch);
        QVERIFY(merged.undone);
    }

    // Edit > Undo takes back a whole import, on a worker; the steps before it stay undoable.
    void editUndoUndoesAnImport()
    {
        QUndoStack* stack = m_window->session()->undoStack();
        const qint64 id = addSomeone();
        QVERIFY(id);
        const Contact before = *store()->contact(id);
        Contact edited = before;
        edited.title = QStringLiteral("Typed before the import");
        stack->push(new EditContactCommand(store(), before, edited));
        const int count = store()->count();
        const QString path = writeFile(QStringLiteral("undone.csv"),
            "First Name,Last Name,Email "
            "Address,Company\nUna,Done,una@example.org,Acme\nDos,Done,dos@example.org,Acme\n");
        withModal<ImportWizard>([&] { m_window->importFile(path); },
            [&](ImportWizard* wizard) {
                QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
                QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
                QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
                QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
            });
        QCOMPARE(store()->count(), count + 2);
        QTRY_COMPARE(m_window->session()->listModel()->rowCount(), count + 2);
        auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Import undone.csv"));
        const qint64 batch = ImportHistory::list(m_window->session()->database()).first().id;

        undo->trigger(); // runs the undo on a worker behind a progress dialog, and returns when done
        QCOMPARE(store()->count(), count);
        QTRY_COMPARE(m_window->session()->listModel()->rowCount(), count);
        QVERIFY(ImportHistory::list(m_window->session()->database()).first().undone);
        QCOMPARE(ImportHistory::list(m_window->session()->database()).first().id, batch);
        QVERIFY2(!stack->canRedo(), qPrintable(stack->redoText())); // an undone import is not redone
        QCOMPARE(stack->undoText(), QStringLiteral("Edit %1").arg(before.displayName()));
        QCOMPARE(store()->contact(id)->title, edited.title);
        undo->trigger();
        QCOMPARE(store()->contact(id)->title, before.title);
    }

    // A LinkedIn data archive dropped on the window (or chosen in File ▸ Import): the dialog first
    // says what it found, writing nothing; Import writes it as one batch with the privacy chosen,
    // reports, and Edit ▸ Undo takes all of it back.
    void aLinkedInArchiveIsImportedInTheWindow()
    {
        const int count = store()->count();
        const QString archive = QStringLiteral(RAPPORT_TEST_DATA "/linkedin-archive");
        withModal<ArchiveImportDialog>([&] { m_window->importFile(archive); },
            [&](ArchiveImportDialog* dialog) {
                auto* import = dialog->findChild<QPushButton*>(QStringLiteral("archiveImportButton"));
                QTRY_VERIFY(import->isEnabled());
                QCOMPARE(store()->count(), count); // the first look writes nothing
                const QString found = dialog->findChild<QLabel*>(QStringLiteral("archiveFound"))->text();
                QVERIFY2(found.contains(QStringLiteral("Connections: 4")), qPrintable(found));
                QVERIFY2(found.contains(QStringLiteral("Messages and invitations: 8")), qPrintable(found));
                QVERIFY2(found.contains(QStringLiteral("to be added at Reached out: 1")), qPrintable(found));
                QVERIFY(found.contains(QStringLiteral("guide_messages.csv")));
                auto* inbound = dialog->findChild<QPlainTextEdit*>(QStringLiteral("inboundOnlyList"));
                QVERIFY(inbound->isVisible());
                QVERIFY(inbound->toPlainText().contains(QStringLiteral("Riley Recruiter")));
                auto* metadataOnly = dialog->findChild<QRadioButton*>(QStringLiteral("metadataOnlyRadio"));
                QVERIFY(metadataOnly->isVisible());
                QTest::mouseClick(metadataOnly, Qt::LeftButton, {}, QPoint(8, metadataOnly->height() / 2));
                QVERIFY(metadataOnly->isChecked());
                Test::saveScreenshot(dialog, QStringLiteral("archive-import-found.png"));
                QTest::mouseClick(import, Qt::LeftButton);
                QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("archiveStatus"))
                                ->text()
                                .startsWith(QStringLiteral("Imported linkedin-archive")));
                const QString done = dialog->findChild<QLabel*>(QStringLiteral("archiveFound"))->text();
                QVERIFY2(done.contains(QStringLiteral("Logged 6 new messages")), qPrintable(done));
                Test::saveScreenshot(dialog, QStringLiteral("archive-import-done.png"));
                dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click(); // "Close"
            });
        QCOMPARE(store()->count(), count + 5);
        const QSqlDatabase db = m_window->session()->database().connection();
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM message")).toInt(), 7);
        QCOMPARE(
            SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM message WHERE body IS NOT NULL")).toInt(),
            0); // dates and directions only, as chosen
        QTRY_COMPARE(m_window->session()->listModel()->rowCount(), count + 5);
        // Ana's page lists her three messages, without their text as chosen.
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        const qint64 ana
            = SqlStatement::scalar(db, QStringLiteral("SELECT id FROM contact WHERE first_name = 'Ana'")).toLongLong();
        m_window->findChild<ContactListView*>()->selectContact(ana);
        auto* messages = m_window->findChild<QWidget*>(QStringLiteral("contactMessages"));
        QTRY_VERIFY(messages->isVisible());
        auto* list = messages->findChild<QTreeView*>(QStringLiteral("contactMessageList"));
        QCOMPARE(list->model()->rowCount(), 3);
        QVERIFY(list->model()->index(1, 0).data().toString().endsWith(
            QStringLiteral("They wrote (the text was not kept)")));
        auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Import linkedin-archive"));
        undo->trigger();
        QCOMPARE(store()->count(), count);
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM message")).toInt(), 0);
    }

    // A file of an unzipped archive offers the whole archive (a file dialog cannot pick a folder);
    // No imports the file alone, as any LinkedIn export.
    void aFileOfAnArchiveOffersTheWholeArchive()
    {
        const QString connections = QStringLiteral(RAPPORT_TEST_DATA "/linkedin-archive/Connections.csv");
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        withModal<ArchiveImportDialog>([&] { m_window->importFile(connections); },
            [&](ArchiveImportDialog* dialog) {
                QTRY_VERIFY(dialog->findChild<QPushButton*>(QStringLiteral("archiveImportButton"))->isEnabled());
                dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
            });
        QVERIFY2(MessageBoxes::lastMessage().contains(QStringLiteral("part of a LinkedIn data archive")),
            qPrintable(MessageBoxes::lastMessage()));
        MessageBoxes::setNextAnswer(QMessageBox::No);
        withModal<ImportWizard>([&] { m_window->importFile(connections); },
            [&](ImportWizard* wizard) {
                auto* summary = wizard->findChild<QLabel*>(QStringLiteral("importSummary"));
                QTRY_VERIFY(summary->text().contains(QStringLiteral("LinkedIn connections")));
            });
        QCOMPARE(store()->count(), 0);
    }

    // Edit ▸ Forget Message Texts asks, says the backups keep the texts a while, then removes them.
    void messageTextsAreForgottenFromTheEditMenu()
    {
        const ArchiveImportReport imported = ArchiveImport::run(
            m_window->session()->database(), QStringLiteral(RAPPORT_TEST_DATA "/linkedin-archive"), {});
        QVERIFY2(imported.written(), qPrintable(imported.error));
        const QSqlDatabase db = m_window->session()->database().connection();
        const auto withText = [&db] {
            return SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM message WHERE body IS NOT NULL"))
                .toInt();
        };
        QCOMPARE(withText(), 7);
        auto* forget = m_window->findChild<QAction*>(QStringLiteral("forgetMessageTextsAction"));
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        forget->trigger();
        QVERIFY(MessageBoxes::lastMessage().contains(QStringLiteral("automatic backups")));
        QCOMPARE(withText(), 7);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        forget->trigger();
        QCOMPARE(withText(), 0);
        QCOMPARE(SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM message")).toInt(), 7);
        forget->trigger(); // nothing left: it says so, and asks nothing
        QVERIFY(MessageBoxes::lastMessage().contains(QStringLiteral("nothing to forget")));
    }

    // Cancel on the first look closes the dialog and writes nothing.
    void aLinkedInArchiveCanBeLeftUnimported()
    {
        const int count = store()->count();
        withModal<ArchiveImportDialog>(
            [&] { m_window->importFile(QStringLiteral(RAPPORT_TEST_DATA "/linkedin-archive")); },
            [&](ArchiveImportDialog* dialog) {
                QTRY_VERIFY(dialog->findChild<QPushButton*>(QStringLiteral("archiveImportButton"))->isEnabled());
                dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
                QTRY_VERIFY(!dialog->isVisible());
            });
        QCOMPARE(store()->count(), count);
        QVERIFY(!m_window->session()->undoStack()->canUndo());
    }

    // Redo steps made on top of an import cannot outlive its undo: they may name its contacts.
    void undoingAnImportDropsTheStepsAfterIt()
    {
        QUndoStack* stack = m_window->session()->undoStack();
        const QString path = writeFile(QStringLiteral("then-edited.csv"), "Name,Email\nTre Done,tre@example.org\n");
        withModal<ImportWizard>([&] { m_window->importFile(path); },
            [&](ImportWizard* wizard) {
                QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
                QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
                QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
                QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
            });
        const auto imported
            = store()->contactsOfImport(ImportHistory::list(m_window->session()->database()).first().id);
        QCOMPARE(imported.size(), 1);
        const Contact tre = *store()->contact(*imported.begin());
        Contact edited = tre;
        edited.title = QStringLiteral("Edited after the import");
        stack->push(new EditContactCommand(store(), tre, edited));
        stack->undo(); // the edit
        QVERIFY(stack->canRedo());
        stack->undo(); // the import
        QVERIFY(!store()->contact(tre.id));
        QTRY_VERIFY(!stack->canRedo()); // the edit of a contact that is gone cannot come back
        QTRY_VERIFY(!m_window->findChild<QAction*>(QStringLiteral("redoAction"))->isEnabled());
    }

    // File > Restore Backup lists the copies the imports above left, newest first, and hands back the one chosen.
    void restoreBackupListsTheCopies()
    {
        addSomeone();
        QString error;
        QVERIFY2(!Backups::take(m_window->session()->database(), QStringLiteral("daily"), &error).isEmpty(),
            qPrintable(error));
        const QList<BackupInfo> backups = Backups::list(m_window->session()->path());
        QVERIFY(!backups.isEmpty());
        withModal<QDialog>([&] { m_window->findChild<QAction*>(QStringLiteral("restoreBackupAction"))->trigger(); },
            [&](QDialog* dialog) {
                auto* list = dialog->findChild<QTreeView*>(QStringLiteral("backupList"));
                QCOMPARE(list->model()->rowCount(), int(backups.size()));
                QCOMPARE(list->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Why"));
                QCOMPARE(list->currentIndex().row(), 0);
                QCOMPARE(list->model()->index(0, 2).data().toString(),
                    backups.first().contacts < 0 ? QStringLiteral("unreadable")
                                                 : QString::number(backups.first().contacts));
                QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton"))->isEnabled());
                Test::saveScreenshot(dialog, QStringLiteral("restore-backup.png"));
                dialog->reject();
            });
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
