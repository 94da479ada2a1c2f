// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Text that fits (issue 16): in French, Spanish and German, on a 1366×768 screen, no visible label,
// button, combo box, placeholder, tab, header or cell shows its text cut off unless a tooltip shows
// it whole. Walks every main view with the contact editor's tabs, the dialogs tst_mnemonics opens
// and the import wizard's first page. TextFits.h decides what is cut; checkerSeesWhatIsCut shows
// that it can fail.
#include "ContactListModel.h"
#include "ContactListView.h"
#include "ContactStore.h"
#include "ElidedTipDelegate.h"
#include "GraphPanel.h"
#include "GraphSidePanel.h"
#include "GuiTestSupport.h"
#include "ImportHistoryDialog.h"
#include "ImportPreviewModel.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "MeetingDialog.h"
#include "MeetingStore.h"
#include "MessageBoxes.h"
#include "NetworkSession.h"
#include "OutreachDialog.h"
#include "PathDialog.h"
#include "PrepBatchDialog.h"
#include "PrepSheetWindow.h"
#include "ProfileDialog.h"
#include "QuestionBankDialog.h"
#include "ReferralDialog.h"
#include "RestoreBackupDialog.h"
#include "TemplatesDialog.h"
#include "TextFits.h"

#include <QDir>
#include <QHeaderView>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>
#include <QWizard>

#include <memory>

using namespace Rapport;
using Rapport::Test::CutText;

namespace {

// Cuts accepted for now, each with a comment saying why and what would fix it; empty while every
// widget fits. Each entry is "language|widget description prefix"; an empty language matches
// every language.
const QStringList kKnownCuts = {};

bool isKnown(const QString& language, const CutText& cut)
{
    return std::any_of(kKnownCuts.cbegin(), kKnownCuts.cend(), [&](const QString& entry) {
        const QString lang = entry.section(u'|', 0, 0);
        return (lang.isEmpty() || lang == language) && cut.widget.startsWith(entry.section(u'|', 1));
    });
}

// Calls `check` once for every combination of tabs shown in a window (the main views, the
// editor's tabs inside them, a dialog's tabs), so every page is seen.
void forEachPage(QWidget* window, const std::function<void(const QString&)>& check, QSet<QTabWidget*> done = {},
    const QString& path = {})
{
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (done.contains(tabs) || !tabs->isVisibleTo(window) || tabs->window() != window)
            continue;
        done.insert(tabs);
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabEnabled(i) || !tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            forEachPage(window, check, done, path + QStringLiteral(" ▸ ") + tabs->tabText(i));
        }
        tabs->setCurrentIndex(was);
        return;
    }
    check(window->windowTitle() + path);
}

} // namespace

class TestTextFits : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<MainWindow> m_window;
    QString m_language;
    QStringList m_failures;
    QSet<QString> m_seen;
    int m_shots = 0; // numbers the pictures RAPPORT_SCREENSHOT_DIR asks for

    NetworkSession* session() const { return m_window->session(); }

    // Records what a window shows cut off on the page it shows now; each cut once per language.
    void checkPage(QWidget* window, const QString& where)
    {
        QApplication::processEvents(); // layouts settle on the page just shown
        Test::saveScreenshot(window, QStringLiteral("textfits-%1-%2.png").arg(m_language).arg(++m_shots));
        for (const CutText& cut : Test::cutTexts(window)) {
            const QString what = cut.describe();
            if (m_seen.contains(what))
                continue;
            m_seen.insert(what);
            const QString line = QStringLiteral("[%1] %2: %3").arg(m_language, where, what);
            if (isKnown(m_language, cut))
                qWarning("known, not yet fixed: %s", qPrintable(line));
            else
                m_failures.append(line);
        }
    }

    void checkPages(QWidget* window)
    {
        forEachPage(window, [&](const QString& where) { checkPage(window, where); });
    }

    void checkDialog(QDialog* dialog)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        checkFitsScreen(dialog);
        checkPages(dialog);
        dialog->close();
        delete dialog;
    }

    // A window larger than the screen hides its buttons (the prep sheet's Print and Close were
    // below a 1366×768 screen): the window, frame included, stays within the room the screen leaves.
    void checkFitsScreen(QWidget* window)
    {
        const QRect room = window->screen()->availableGeometry();
        QCOMPARE_LE(room.width(), 1366); // the laptop of the trial, as initMain sets it
        QCOMPARE_LE(room.height(), 768);
        const QRect frame = window->frameGeometry();
        if (!room.contains(frame))
            m_failures.append(QStringLiteral("[%1] %2: %3×%4 at %5,%6 runs past the screen's %7×%8")
                                  .arg(m_language, window->windowTitle())
                                  .arg(frame.width())
                                  .arg(frame.height())
                                  .arg(frame.x())
                                  .arg(frame.y())
                                  .arg(room.width())
                                  .arg(room.height()));
    }

    void report()
    {
        for (const QString& line : std::as_const(m_failures))
            qWarning("%s", qPrintable(line));
        QVERIFY2(m_failures.isEmpty(), "text cut off without a tooltip, or a window past the screen: see above");
    }

public:
    // Offscreen's screen is 800×600: the trial's is 1366×768, so dialogs size themselves for it.
    static void initMain() { Test::useOffscreenScreen(QSize(1366, 768)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("rapport-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_textfits"));
        QSettings().clear();
        MessageBoxes::setTestMode(true);
    }

    void initTestCase_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* name : {"fr", "es", "de"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    // Loaded as Translations::install does for a shipped language (Qt's own messages aside).
    void init()
    {
        QFETCH_GLOBAL(QString, language);
        m_language = language;
        m_failures.clear();
        m_seen.clear();
        if (QByteArray(QTest::currentTestFunction()) == "checkerSeesWhatIsCut")
            return;
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/rapport_%1.qm").arg(language)));
        QCoreApplication::installTranslator(m_translator.get());
        QLocale::setDefault(QLocale(language));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1366, 768);
        QVERIFY(m_window->openDemoNetwork());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY2(m_window->width() <= 1366 && m_window->height() <= 768,
            qPrintable(QStringLiteral("the window needs %1×%2").arg(m_window->width()).arg(m_window->height())));
        // A contact chosen, so the editor shows its fields.
        auto* list = m_window->findChild<ContactListView*>();
        QVERIFY(list);
        list->setCurrentIndex(list->model()->index(0, 0));
    }

    void cleanup()
    {
        m_window.reset();
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
        QLocale::setDefault(QLocale::c());
    }

    // The checker finds a label, a button, a combo box, a placeholder and a cell too narrow for
    // their text, and lets them be once they have a tooltip, wrap, or room.
    void checkerSeesWhatIsCut()
    {
        if (m_language != QStringLiteral("fr"))
            QSKIP("the checker is the same in every language");
        const QString longText = QStringLiteral("A sentence much too long for forty pixels");
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* label = new QLabel(longText);
        label->setObjectName(QStringLiteral("narrowLabel"));
        label->setFixedWidth(40);
        auto* button = new QPushButton(QStringLiteral("&") + longText);
        button->setObjectName(QStringLiteral("narrowButton"));
        button->setFixedWidth(60);
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("narrowCombo"));
        combo->addItems({QStringLiteral("Short"), longText});
        combo->setFixedWidth(70);
        auto* edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("narrowEdit"));
        edit->setPlaceholderText(longText);
        edit->setFixedWidth(50);
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, new QStandardItem(longText));
        model.setHorizontalHeaderLabels({longText});
        QStandardItemModel tipped(1, 1);
        tipped.setItem(0, 0, new QStandardItem(longText));
        auto* tippedList = new QTreeView; // cut too, but its delegate shows the whole text
        tippedList->setObjectName(QStringLiteral("tippedList"));
        tippedList->setModel(&tipped);
        tippedList->setItemDelegate(new ElidedTipDelegate(tippedList));
        tippedList->setHeaderHidden(true);
        tippedList->setRootIsDecorated(false);
        tippedList->setFixedWidth(60);
        auto* tabs = new QTabBar;
        tabs->setObjectName(QStringLiteral("narrowTabs"));
        tabs->setElideMode(Qt::ElideRight);
        tabs->setUsesScrollButtons(false);
        tabs->addTab(longText);
        tabs->addTab(longText);
        tabs->setFixedWidth(200);
        auto* table = new QTableView;
        table->setObjectName(QStringLiteral("narrowTable"));
        table->setModel(&model);
        table->setColumnWidth(0, 40);
        table->setFixedWidth(200);
        for (QWidget* w : std::initializer_list<QWidget*> {label, button, combo, edit, table, tabs, tippedList})
            layout->addWidget(w);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto cutWidgets = [&] {
            QStringList names;
            for (const CutText& cut : Test::cutTexts(&window)) {
                qInfo("%s", qPrintable(cut.describe()));
                names.append(cut.widget);
            }
            return names;
        };
        QStringList cut = cutWidgets();
        QVERIFY(cut.contains(QStringLiteral("QLabel narrowLabel")));
        QVERIFY(cut.contains(QStringLiteral("QPushButton narrowButton")));
        QVERIFY(cut.contains(QStringLiteral("QComboBox narrowCombo (item)")));
        QVERIFY(cut.contains(QStringLiteral("QLineEdit narrowEdit (placeholder)")));
        QVERIFY(cut.contains(QStringLiteral("QTableView narrowTable (cell 0,0)")));
        QVERIFY(cut.contains(QStringLiteral("QHeaderView in narrowTable (header)")));
        QVERIFY(cut.contains(QStringLiteral("QTabBar narrowTabs (tab)")));
        QVERIFY(!cut.contains(QStringLiteral("QTreeView tippedList (cell 0,0)")));
        tippedList->setItemDelegate(new QStyledItemDelegate(tippedList));
        QVERIFY(cutWidgets().contains(QStringLiteral("QTreeView tippedList (cell 0,0)")));
        tipped.item(0, 0)->setToolTip(longText);
        QVERIFY(!cut.contains(QStringLiteral("QComboBox narrowCombo"))); // "Short" fits
        combo->setCurrentIndex(1);
        QVERIFY(cutWidgets().contains(QStringLiteral("QComboBox narrowCombo")));
        combo->setCurrentIndex(0);
        combo->setToolTip(QStringLiteral("Choice: Short")); // a tooltip that follows the choice
        QVERIFY(!cutWidgets().contains(QStringLiteral("QComboBox narrowCombo (item)")));
        combo->setToolTip(QString());

        // A tooltip, wrapping with room to grow, or room make them fit.
        label->setToolTip(longText);
        button->setFixedWidth(button->sizeHint().width());
        edit->setToolTip(longText);
        model.item(0, 0)->setToolTip(longText);
        model.setHeaderData(0, Qt::Horizontal, longText, Qt::ToolTipRole);
        tabs->setTabToolTip(0, longText);
        tabs->setTabToolTip(1, longText);
        combo->setFixedWidth(combo->sizeHint().width());
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        QApplication::processEvents();
        cut = cutWidgets();
        for (const QString& name : {QStringLiteral("QLabel narrowLabel"), QStringLiteral("QPushButton narrowButton"),
                 QStringLiteral("QComboBox narrowCombo"), QStringLiteral("QComboBox narrowCombo (item)"),
                 QStringLiteral("QLineEdit narrowEdit (placeholder)"),
                 QStringLiteral("QTableView narrowTable (cell 0,0)"),
                 QStringLiteral("QHeaderView in narrowTable (header)"), QStringLiteral("QTabBar narrowTabs (tab)")})
            QVERIFY2(!cut.contains(name), qPrintable(name));
        label->setToolTip({});
        label->setWordWrap(true);
        label->setMinimumHeight(label->heightForWidth(40));
        QApplication::processEvents();
        QVERIFY(!cutWidgets().contains(QStringLiteral("QLabel narrowLabel")));
        label->setMinimumHeight(0);
        label->setFixedHeight(label->fontMetrics().height());
        QApplication::processEvents();
        QVERIFY(cutWidgets().contains(QStringLiteral("QLabel narrowLabel")));
    }

    void mainViewsFit()
    {
        // The graph laid out first, so its filter bar, legend and side panel show what they will.
        GraphPanel* graph = m_window->graphPanel();
        auto* views = qobject_cast<QTabWidget*>(graph->parentWidget()->parentWidget());
        QVERIFY(views);
        QSignalSpy shown(graph, &GraphPanel::graphShown);
        views->setCurrentWidget(graph);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !graph->isLayingOut(), 30000);
        checkPages(m_window.get());
        // The graph's side panel, shown beside it on demand.
        views->setCurrentWidget(graph);
        if (!graph->sidePanelAction()->isChecked())
            graph->sidePanelAction()->trigger();
        QVERIFY(graph->sidePanel()->isVisible());
        checkPage(m_window.get(), m_window->windowTitle() + QStringLiteral(" ▸ ") + graph->sidePanelAction()->text());
        graph->sidePanelAction()->trigger(); // hidden again: the choice is remembered
        report();
    }

    // The first window on a 1366×768 screen (1229 wide): every column of the contact list is in
    // view, none under the horizontal scroll bar's far end ("Prochain suivi" was cut off).
    void contactColumnsFitTheView()
    {
        m_window->resize(1229, 690);
        m_window->findChild<QAction*>(QStringLiteral("showContactsAction"))->trigger();
        auto* list = m_window->findChild<ContactListView*>();
        QTRY_VERIFY(list->isVisible());
        list->applyDefaultColumnWidths(); // as on a first start (an earlier test's window saved its own)
        QHeaderView* header = list->horizontalHeader();
        QTRY_COMPARE(list->horizontalScrollBar()->maximum(), 0);
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= list->viewport()->width(), qPrintable(QString::number(column)));
            // The dates and the stage are whole.
            if (column == ContactListModel::LastContact || column == ContactListModel::NextFollowUp
                || column == ContactListModel::Stage) {
                const QString title = list->model()->headerData(column, Qt::Horizontal).toString();
                QVERIFY2(
                    header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title), qPrintable(title));
            }
        }
    }

    // 1920×1080 at 200% is 960×540 logical pixels: with the editor open on a contact, the graph
    // still gets most of the width, because the editor's button rows wrap instead of widening it.
    void theGraphKeepsMostOfAHiDpiLaptop()
    {
        MainWindow window;
        window.resize(960, 540);
        QVERIFY(window.openDemoNetwork());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        GraphPanel* graph = window.graphPanel();
        auto* views = qobject_cast<QTabWidget*>(graph->parentWidget()->parentWidget());
        QVERIFY(views);
        views->setCurrentWidget(graph);
        auto* list = window.findChild<ContactListView*>();
        list->setCurrentIndex(list->model()->index(0, 0));
        auto* editor = window.findChild<QWidget*>(QStringLiteral("contactEditor"));
        QTRY_VERIFY(editor->isVisible());
        QVERIFY2(editor->minimumSizeHint().width() <= window.width() * 35 / 100,
            qPrintable(QStringLiteral("the editor needs %1 of %2")
                           .arg(editor->minimumSizeHint().width())
                           .arg(window.width())));
        QTRY_VERIFY2(views->width() >= window.width() * 6 / 10,
            qPrintable(QStringLiteral("the graph gets %1 of %2").arg(views->width()).arg(window.width())));
    }

    void dialogsFit()
    {
        const QList<Meeting> meetings = session()->meetings()->allMeetings();
        QVERIFY(!meetings.isEmpty());
        const Meeting meeting = meetings.first();
        const std::optional<Contact> contact = session()->store()->contact(meeting.contactId);
        QVERIFY(contact);
        QWidget* parent = m_window.get();
        checkDialog(new MeetingDialog(session(), meeting.id, parent));
        checkDialog(new ProfileDialog(session(), parent));
        checkDialog(new TemplatesDialog(session(), parent));
        checkDialog(new QuestionBankDialog(session(), parent));
        const QList<ContactSummary> people = session()->store()->directory();
        for (auto role :
            {ReferralDialog::Role::ReferredBy, ReferralDialog::Role::Referred, ReferralDialog::Role::Knows})
            checkDialog(new ReferralDialog(role, *contact, people, parent));
        checkDialog(new PathDialog(m_window->graphPanel()->graph(), contact->id, parent));
        checkDialog(new OutreachDialog(session(), contact->id, parent));
        checkDialog(new PrepBatchDialog(session(), parent));
        checkDialog(new PrepSheetWindow(session(), {{contact->id, meeting.id}}, parent));
        checkDialog(new ImportHistoryDialog(session()->database(), parent));
        checkDialog(new RestoreBackupDialog(session()->database().path(), parent));
        report();
    }

    // The review page once it has checked every row and shown what will happen to the first ones.
    void importWizardFits()
    {
        bool ran = false;
        QTimer::singleShot(0, this, [&] {
            ImportWizard* wizard = nullptr;
            QTRY_VERIFY((wizard = qobject_cast<ImportWizard*>(QApplication::activeModalWidget())) != nullptr);
            // Closed however the checks end, or exec() would wait for ever.
            const auto close
                = qScopeGuard([wizard] { QMetaObject::invokeMethod(wizard, &QDialog::reject, Qt::QueuedConnection); });
            QVERIFY(QTest::qWaitForWindowExposed(wizard));
            auto* preview = wizard->findChild<QTableView*>(QStringLiteral("previewTable"));
            QVERIFY(preview);
            QTRY_VERIFY(wizard->currentPage()->isComplete());
            QTRY_VERIFY(preview->model()->rowCount() > 0);
            checkPages(wizard);
            // "What will happen" shows its sentences whole, or takes half the table (each cell's
            // tooltip has the rest).
            const int outcomeWidth = preview->columnWidth(ImportPreviewModel::Outcome);
            int widest = 0;
            for (int row = 0; row < preview->model()->rowCount(); ++row) {
                const QModelIndex cell = preview->model()->index(row, ImportPreviewModel::Outcome);
                widest = std::max(widest,
                    preview->fontMetrics().horizontalAdvance(cell.data().toString())
                        + 2 * (preview->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, preview) + 1));
            }
            QVERIFY2(outcomeWidth >= widest || outcomeWidth >= preview->viewport()->width() / 2,
                qPrintable(QStringLiteral("%1 px for sentences of %2").arg(outcomeWidth).arg(widest)));
            Test::saveScreenshot(wizard, QStringLiteral("textfits-wizard-%1.png").arg(m_language));
            ran = true;
        });
        m_window->importFile(QStringLiteral(RAPPORT_TEST_DATA "/import/linkedin_connections.csv"));
        QVERIFY(ran);
        report();
    }
};

QTEST_MAIN(TestTextFits)
#include "tst_textfits.moc"
